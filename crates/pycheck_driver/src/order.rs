//! The order files are reported in: mypy's, so that output can be compared line by line.
//! mypy checks the import graph's strongly connected components from the leaves up, in
//! layers (every component whose imports are done), and within a layer the component
//! whose first file came latest goes first.

use std::collections::HashMap;

/// Orders nodes `0..imports.len()` (numbered in the order they were found) given each
/// node's imports (other node numbers). Returns node numbers in report order.
pub fn report_order(imports: &[Vec<usize>]) -> Vec<usize> {
    let components = strongly_connected_components(imports);
    let mut component_of = vec![0; imports.len()];
    for (index, component) in components.iter().enumerate() {
        for &node in component {
            component_of[node] = index;
        }
    }
    // Component → the components it imports, and how many of them are not done yet.
    let mut waiting = vec![0usize; components.len()];
    let mut importers: Vec<Vec<usize>> = vec![Vec::new(); components.len()];
    for (index, component) in components.iter().enumerate() {
        let mut needed: Vec<usize> = component
            .iter()
            .flat_map(|&node| imports[node].iter().map(|&dep| component_of[dep]))
            .filter(|&dep| dep != index)
            .collect();
        needed.sort_unstable();
        needed.dedup();
        waiting[index] = needed.len();
        for dep in needed {
            importers[dep].push(index);
        }
    }
    let first = |component: usize| components[component].iter().copied().min().unwrap_or(0);
    let mut order = Vec::with_capacity(imports.len());
    let mut ready: Vec<usize> = (0..components.len()).filter(|&c| waiting[c] == 0).collect();
    while !ready.is_empty() {
        ready.sort_by_key(|&component| std::cmp::Reverse(first(component)));
        let mut next = Vec::new();
        for &component in &ready {
            let mut nodes = components[component].clone();
            nodes.sort_unstable_by_key(|&node| std::cmp::Reverse(node));
            order.extend(nodes);
            for &importer in &importers[component] {
                waiting[importer] -= 1;
                if waiting[importer] == 0 {
                    next.push(importer);
                }
            }
        }
        ready = next;
    }
    order
}

/// Tarjan's algorithm, iteratively (import chains can be long).
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNVISITED: usize = usize::MAX;
    let count = edges.len();
    let mut index_of = vec![UNVISITED; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut components = Vec::new();
    let mut next_index = 0;
    for start in 0..count {
        if index_of[start] != UNVISITED {
            continue;
        }
        // (node, position in its edge list)
        let mut work: Vec<(usize, usize)> = vec![(start, 0)];
        index_of[start] = next_index;
        low[start] = next_index;
        next_index += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (node, ref mut position)) = work.last_mut() {
            if let Some(&dep) = edges[node].get(*position) {
                *position += 1;
                if index_of[dep] == UNVISITED {
                    index_of[dep] = next_index;
                    low[dep] = next_index;
                    next_index += 1;
                    stack.push(dep);
                    on_stack[dep] = true;
                    work.push((dep, 0));
                } else if on_stack[dep] {
                    low[node] = low[node].min(index_of[dep]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index_of[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                components.push(component);
            }
        }
    }
    components
}

/// Node numbers of `modules` imported by each node: `names[i]` are the module names node
/// `i` imports, `module_nodes` maps module names to nodes.
pub fn import_edges(
    names: &[Vec<String>],
    module_nodes: &HashMap<String, usize>,
) -> Vec<Vec<usize>> {
    names
        .iter()
        .enumerate()
        .map(|(node, names)| {
            let mut deps: Vec<usize> = names
                .iter()
                .filter_map(|name| module_nodes.get(name).copied())
                .filter(|&dep| dep != node)
                .collect();
            deps.sort_unstable();
            deps.dedup();
            deps
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn independent_files_come_latest_first() {
        assert_eq!(report_order(&[vec![], vec![]]), [1, 0]);
    }

    #[test]
    fn imported_files_come_before_their_importers() {
        // 0 imports 2, 1 imports nothing, 2 imports nothing.
        assert_eq!(report_order(&[vec![2], vec![], vec![]]), [2, 1, 0]);
    }

    #[test]
    fn cycles_are_one_component() {
        // 0 <-> 1, 2 imports 0.
        assert_eq!(report_order(&[vec![1], vec![0], vec![0]]), [1, 0, 2]);
    }
}
