/// Which record field a proposed fact fills; raw values are the names staff type after a colon.
public enum FactField: String, Codable, CaseIterable, Sendable {
    case name, standing, building, unit, contact, since, wants
}
