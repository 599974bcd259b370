//! `radix_format BASE N...`: print each N in BASE.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((base, nums)) = args.split_first() else {
        eprintln!("usage: radix_format BASE N...");
        std::process::exit(2);
    };
    let base: u32 = base.parse().expect("BASE must be a number");
    for n in nums {
        match n.parse::<u64>() {
            Ok(v) => println!("{}", radix_format::with_prefix(v, base)),
            Err(_) => eprintln!("not a number: {}", n),
        }
    }
}
