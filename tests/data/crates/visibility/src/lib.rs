mod inner {
    fn hidden() -> u32 {
        1
    }
}

pub struct Wrapper<T>(pub T);

impl<T: Clone> Wrapper<T> {
    pub fn duplicate(&self) -> T {
        self.0.clone()
    }
}

pub struct Plain;

pub fn private_call() -> u32 {
    inner::hidden()
}

pub fn unsatisfied_bounds() {
    let wrapper = Wrapper(Plain);
    let _copy = wrapper.duplicate();
}

pub fn no_such_method() -> usize {
    let text = String::new();
    text.lenght()
}

pub fn ambiguous_import(a: u32, b: u32) -> Ordering {
    a.cmp(&b)
}
