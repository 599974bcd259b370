/// Something that makes a sound.
pub trait Animal {
    /// What it is called, like "cat".
    fn name(&self) -> String;
    /// What it says, like "meow".
    fn sound(&self) -> String;
    /// "<name> says <sound>".
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

/// A dog: its name is "dog" and it says "woof".
pub struct Dog;

impl Animal for Dog {}
