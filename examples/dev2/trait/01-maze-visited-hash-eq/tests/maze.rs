use trait_maze_visited_hash_eq::{Maze, Pos};

#[test]
fn finds_shortest_route_around_walls() {
    let maze = Maze::parse("S.#...\n.##.#.\n...#E.\n.#....").unwrap();
    assert_eq!(maze.start, Pos { x: 0, y: 0 });
    assert_eq!(maze.end, Pos { x: 4, y: 2 });
    assert_eq!(maze.shortest_path(), Some(8));
}

#[test]
fn blocked_and_trivial_mazes() {
    assert_eq!(Maze::parse("S#E").unwrap().shortest_path(), None);
    assert_eq!(Maze::parse("SE").unwrap().shortest_path(), Some(1));
    assert!(Maze::parse("S..").is_none());
}
