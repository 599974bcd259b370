//! Parcel shipping rates by weight band and zone.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Domestic,
    Europe,
    World,
}

impl Zone {
    /// Zone of an ISO country code, as seen from Germany.
    pub fn of_country(code: &str) -> Zone {
        match code.to_ascii_uppercase().as_str() {
            "DE" => Zone::Domestic,
            "AT" | "BE" | "DK" | "ES" | "FR" | "IT" | "NL" | "PL" | "SE" => Zone::Europe,
            _ => Zone::World,
        }
    }
}

/// Base price in cents for a parcel of `weight_g` grams; `None` when it cannot be shipped.
pub fn base_rate(weight_g: u32) -> Option<u32> {
    if weight_g == 0 {
        return None;
    }
    if weight_g >= 1 && weight_g <= 500 {
        return Some(450);
    }
    if weight_g >= 501 && weight_g <= 2_000 {
        return Some(790);
    }
    if weight_g <= 20_000 {
        return Some(790 + (weight_g - 2_000).div_ceil(1_000) * 120);
    }
    return None;
}

pub fn rate(weight_g: u32, zone: Zone) -> Option<u32> {
    let base = base_rate(weight_g)?;
    let factor = match zone {
        Zone::Domestic => 100,
        Zone::Europe => 180,
        Zone::World => 310,
    };
    Some(base * factor / 100)
}

/// Total cost of a shipment of `(weight_g, country)` parcels, or the index of the
/// first parcel that cannot be shipped.
pub fn shipment_cost(parcels: &[(u32, &str)]) -> Result<u32, usize> {
    let mut total = 0;
    for (i, &(weight_g, country)) in parcels.iter().enumerate() {
        total += rate(weight_g, Zone::of_country(country)).ok_or(i)?;
    }
    Ok(total)
}
