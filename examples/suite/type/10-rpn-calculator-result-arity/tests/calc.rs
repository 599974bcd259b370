use type_rpn_calculator_result_arity::{CalcError, Calculator};

#[test]
fn evaluates_with_variables() {
    let mut c = Calculator::default();
    c.set("x", 2.5);
    assert_eq!(c.eval("3 4 + x *"), Ok(17.5));
    assert_eq!(c.eval("10 4 - 3 /"), Ok(2.0));
    assert_eq!(c.eval("x"), Ok(2.5));
}

#[test]
fn reports_errors() {
    let c = Calculator::default();
    assert_eq!(c.eval("1 +"), Err(CalcError::StackUnderflow("+".into())));
    assert_eq!(c.eval("1 0 /"), Err(CalcError::DivisionByZero));
    assert_eq!(c.eval("1 y +").unwrap_err().to_string(), "unknown token \"y\"");
    assert_eq!(c.eval("1 2"), Err(CalcError::LeftOver(2)));
}
