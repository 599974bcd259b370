use crate::model::{Event, Order};

fn next(status: OrderState, event: Event) -> Option<OrderState> {
    match (status, event) {
        (OrderState::Placed, Event::Pay) => Some(OrderState::Paid),
        (OrderState::Paid, Event::Ship) => Some(OrderState::Shipped),
        (OrderState::Shipped, Event::Deliver) => Some(OrderState::Delivered),
        (OrderState::Placed | OrderState::Paid, Event::Cancel) => Some(OrderState::Cancelled),
        _ => None,
    }
}

/// Apply `event`, remembering the previous status; invalid events are reported.
pub fn apply(order: &mut Order, event: Event) -> Result<OrderState, String> {
    let to = next(order.status, event)
        .ok_or_else(|| format!("order {}: cannot {:?} when {:?}", order.id, event, order.status))?;
    order.history.push(order.status);
    order.status = to;
    Ok(to)
}
