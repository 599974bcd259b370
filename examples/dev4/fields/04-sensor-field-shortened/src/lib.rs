pub mod sensor;
pub mod alarm;
