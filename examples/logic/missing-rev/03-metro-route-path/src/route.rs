use std::collections::VecDeque;

/// Breadth-first search; the node path from `s` to `t`, or None if unreachable.
pub fn bfs_path(adj: &[Vec<usize>], s: usize, t: usize) -> Option<Vec<usize>> {
    let mut parent = vec![usize::MAX; adj.len()];
    let mut queue = VecDeque::new();
    parent[s] = s;
    queue.push_back(s);
    while let Some(u) = queue.pop_front() {
        if u == t {
            break;
        }
        for &v in &adj[u] {
            if parent[v] == usize::MAX {
                parent[v] = u;
                queue.push_back(v);
            }
        }
    }
    if parent[t] == usize::MAX {
        return None;
    }
    let mut back = vec![t];
    let mut cur = t;
    while cur != s {
        cur = parent[cur];
        back.push(cur);
    }
    Some(back.into_iter().collect())
}
