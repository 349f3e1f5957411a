/// A check of the fuzz targets that keeps its message in an optimised build (a `precondition`
/// there traps without one), so a crash file comes with what was wrong.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError(message()) }
}
