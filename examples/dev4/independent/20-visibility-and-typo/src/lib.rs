pub mod inner {
    pub struct Meter {
        pub(crate) value: u32,
    }

    impl Meter {
        pub fn new() -> Self {
            Meter { value: 0 }
        }

        pub fn tick(&mut self) -> u32 {
            self.value += 1;
            self.value
        }
    }

    impl Default for Meter {
        fn default() -> Self {
            Self::new()
        }
    }

    fn reset(m: &mut Meter) {
        m.value = 0;
    }
}

pub fn ticks(n: u32) -> u32 {
    let mut m = inner::Meter::new();
    let mut last = 0;
    for _ in 0..n {
        last = m.tik();
    }
    inner::reset(&mut m);
    last
}
