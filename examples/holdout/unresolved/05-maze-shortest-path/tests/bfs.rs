use unresolved_maze_shortest_path::{shortest_path, Maze, Point};

#[test]
fn finds_shortest_route_around_walls() {
    let maze = Maze::parse("S.#.\n.##.\n...G\n").unwrap();
    let route = shortest_path(&maze).unwrap();
    assert_eq!(route.len(), 6);
    assert_eq!(route[0], Point::new(0, 0));
    assert_eq!(route[1], Point::new(1, 0));
    assert_eq!(*route.last().unwrap(), Point::new(2, 3));
}

#[test]
fn blocked_and_malformed_mazes() {
    let maze = Maze::parse("S#.\n##.\n..G\n").unwrap();
    assert_eq!(shortest_path(&maze), None);
    assert!(Maze::parse("S..\n.G\n").is_err());
    assert!(Maze::parse("...\n..G\n").is_err());
}
