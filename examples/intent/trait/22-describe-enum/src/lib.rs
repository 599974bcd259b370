pub trait Describe {
    fn describe(&self) -> &'static str;
}

pub enum Weather {
    /// "sunny"
    Sun,
    /// "rainy"
    Rain,
    /// "snowy"
    Snow,
}

impl Describe for Weather {}
