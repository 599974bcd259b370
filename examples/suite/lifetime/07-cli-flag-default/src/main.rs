use lifetime_cli_flag_default::parse_options;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_options(&args) {
        Ok(opts) => {
            if !opts.quiet {
                println!("{} -> {}px {}", opts.input, opts.width, opts.format);
            }
        }
        Err(e) => {
            eprintln!("thumbnail: {e}");
            std::process::exit(2);
        }
    }
}
