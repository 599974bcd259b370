use std::collections::HashMap;

use crate::player::Player;

pub struct Shop {
    prices: HashMap<&'static str, u32>,
}

#[derive(Debug, PartialEq)]
pub enum ShopError {
    NotSold,
    TooPoor { price: u32, gold: u32 },
    NothingToSell,
}

impl Shop {
    pub fn new(prices: &[(&'static str, u32)]) -> Self {
        Shop { prices: prices.iter().copied().collect() }
    }

    pub fn buy(&self, player: &mut Player, item: &str) -> Result<(), ShopError> {
        let price = *self.prices.get(item).ok_or(ShopError::NotSold)?;
        if !player.spend(price) {
            return Err(ShopError::TooPoor { price, gold: player.gold });
        }
        player.stash(item, 1);
        Ok(())
    }

    /// The shop buys items back at half price, rounded down.
    pub fn sell(&self, player: &mut Player, item: &str) -> Result<u32, ShopError> {
        let price = *self.prices.get(item).ok_or(ShopError::NotSold)?;
        if !player.stash(item, -1) {
            return Err(ShopError::NothingToSell);
        }
        player.earn(price / 2);
        Ok(price / 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buy_and_sell() {
        let shop = Shop::new(&[("potion", 25), ("sword", 120)]);
        let mut p = Player::new("ayla", 100);
        shop.buy(&mut p, "potion").unwrap();
        assert_eq!(p.gold(), 75);
        assert_eq!(p.count("potion"), 1);
        assert_eq!(shop.sell(&mut p, "potion"), Ok(12));
        assert_eq!(p.gold(), 87);
        assert_eq!(shop.sell(&mut p, "potion"), Err(ShopError::NothingToSell));
    }

    #[test]
    fn cannot_afford() {
        let shop = Shop::new(&[("sword", 120)]);
        let mut p = Player::new("bo", 100);
        assert_eq!(shop.buy(&mut p, "sword"), Err(ShopError::TooPoor { price: 120, gold: 100 }));
        assert_eq!(shop.buy(&mut p, "shield"), Err(ShopError::NotSold));
        assert_eq!(p.count("sword"), 0);
    }
}
