/// A version; the patch number does not matter for equality.
#[derive(Debug)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl PartialEq for Version {}
