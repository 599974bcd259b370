use crate::unit::Unit;

#[derive(Debug, Default)]
pub struct Battlefield {
    pub units: Vec<Unit>,
    pub log: Vec<String>,
}

impl Battlefield {
    pub fn spawn(&mut self, unit: Unit) {
        self.units.push(unit);
    }

    /// Damage every living unit within `radius` of (x, y); armor absorbs part of it.
    /// Returns the names of units killed by this blast.
    pub fn splash(&mut self, x: i32, y: i32, radius: i32, damage: u32) -> Vec<String> {
        let mut killed = Vec::new();
        for unit in self.units.iter() {
            if !unit.is_alive() || unit.distance2(x, y) > radius * radius {
                continue;
            }
            let dealt = damage.saturating_sub(unit.armor);
            unit.hp = unit.hp.saturating_sub(dealt);
            self.log.push(format!("{} takes {}", unit.name, dealt));
            if !unit.is_alive() {
                killed.push(unit.name.clone());
            }
        }
        killed
    }

    pub fn survivors(&self) -> Vec<&str> {
        self.units.iter().filter(|u| u.is_alive()).map(|u| u.name.as_str()).collect()
    }
}
