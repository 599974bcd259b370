//! Compute a build order for targets with shared dependencies.

use std::collections::HashMap;
use std::rc::Rc;

type NodeRef = Rc<RefCell<Node>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    New,
    Visiting,
    Done,
}

#[derive(Debug)]
struct Node {
    name: String,
    deps: Vec<NodeRef>,
    mark: Mark,
}

#[derive(Default)]
pub struct Graph {
    nodes: HashMap<String, NodeRef>,
}

impl Graph {
    fn node(&mut self, name: &str) -> NodeRef {
        let entry = self.nodes.entry(name.to_string()).or_insert_with(|| {
            Rc::new(RefCell::new(Node { name: name.to_string(), deps: Vec::new(), mark: Mark::New }))
        });
        Rc::clone(entry)
    }

    /// `target` needs `dependency` to be built first.
    pub fn depend(&mut self, target: &str, dependency: &str) {
        let target = self.node(target);
        let dependency = self.node(dependency);
        target.borrow_mut().deps.push(dependency);
    }

    /// Everything `target` needs, dependencies first, `target` last.
    pub fn build_order(&self, target: &str) -> Result<Vec<String>, String> {
        for node in self.nodes.values() {
            node.borrow_mut().mark = Mark::New;
        }
        let start = self.nodes.get(target).ok_or(format!("unknown target {}", target))?;
        let mut order = Vec::new();
        visit(start, &mut order)?;
        Ok(order)
    }
}

fn visit(node: &NodeRef, order: &mut Vec<String>) -> Result<(), String> {
    let mark = node.borrow().mark;
    match mark {
        Mark::Done => return Ok(()),
        Mark::Visiting => return Err(format!("cycle through {}", node.borrow().name)),
        Mark::New => {}
    }
    node.borrow_mut().mark = Mark::Visiting;
    let deps = node.borrow().deps.clone();
    for dep in &deps {
        visit(dep, order)?;
    }
    let mut node = node.borrow_mut();
    node.mark = Mark::Done;
    order.push(node.name.clone());
    Ok(())
}
