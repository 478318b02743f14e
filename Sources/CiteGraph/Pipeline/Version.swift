public enum CiteGraphVersion {
    public static let string = "0.1.0"
}
