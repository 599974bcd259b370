//! First-fit-decreasing assignment of parcels to delivery trucks.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parcel {
    pub id: u32,
    pub weight_kg: u32,
    pub fragile: bool,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Truck {
    pub parcels: Vec<u32>,
    pub load_kg: u32,
}

/// Heaviest parcels first, each into the first truck with room. A fragile parcel only
/// goes into a truck whose current load is at most `fragile_limit_kg`, so it ends up
/// near the bottom of the stack. Fails with the id of a parcel that fits no truck.
pub fn plan(parcels: &[Parcel], max_load_kg: u32, fragile_limit_kg: u32) -> Result<Vec<Truck>, u32> {
    let mut sorted: Vec<&Parcel> = parcels.iter().collect();
    sorted.sort_by(|a, b| b.weight_kg.cmp(&a.weight_kg).then(a.id.cmp(&b.id)));

    let mut trucks: Vec<Truck> = Vec::new();
    for p in sorted {
        if p.weight_kg > max_load_kg {
            return Err(p.id);
        }
        let fits = |t: &Truck| {
            t.load_kg + p.weight_kg <= capacity && (!p.fragile || t.load_kg <= fragile_limit_kg)
        };
        match trucks.iter_mut().find(|t| fits(t)) {
            Some(t) => {
                t.parcels.push(p.id);
                t.load_kg += p.weight;
            }
            None => trucks.push(Truck { parcels: vec![p.id], load_kg: p.weight_kg }),
        }
    }
    Ok(trucks)
}

pub fn utilisation(trucks: &[Truck], max_load_kg: u32) -> f64 {
    if trucks.is_empty() {
        return 0.0;
    }
    let used: u32 = trucks.iter().map(|t| t.load_kg).sum();
    used as f64 / (max_load_kg as f64 * trucks.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parcel(id: u32, weight_kg: u32, fragile: bool) -> Parcel {
        Parcel { id, weight_kg, fragile }
    }

    #[test]
    fn packs_heaviest_first() {
        let parcels = [parcel(1, 300, false), parcel(2, 700, false), parcel(3, 400, false), parcel(4, 600, false)];
        let trucks = plan(&parcels, 1000, 1000).unwrap();
        assert_eq!(trucks.len(), 2);
        assert_eq!(trucks[0], Truck { parcels: vec![2, 1], load_kg: 1000 });
        assert_eq!(trucks[1], Truck { parcels: vec![4, 3], load_kg: 1000 });
        assert_eq!(utilisation(&trucks, 1000), 1.0);
    }

    #[test]
    fn fragile_parcels_and_oversize() {
        let parcels = [parcel(1, 500, false), parcel(2, 100, true), parcel(3, 50, false)];
        let trucks = plan(&parcels, 1000, 200).unwrap();
        assert_eq!(trucks[0].parcels, vec![1, 3]);
        assert_eq!(trucks[1].parcels, vec![2]);
        assert_eq!(plan(&[parcel(9, 1001, false)], 1000, 0), Err(9));
    }
}
