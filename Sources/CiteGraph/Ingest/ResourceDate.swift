/// The date a blog post's URL carries: `/2023/04/12/` → `2023-04-12`, `2023-03-30-vicuna` →
/// `2023-03-30`, `/2023/04/` → `2023-04-01`. Impossible dates (month 13, April 31) are no date.
public enum ResourceDate {
    public static func date(fromURL url: String) -> String? {
        let path = WebAddress(url)?.path ?? url
        let numbers = numberRuns(in: path)
        // /YYYY/MM/DD/ and /YYYY/MM/: consecutive path components.
        let components = path.split(separator: "/").map(String.init)
        for (index, component) in components.enumerated() where component.count == 4 && component.allSatisfy(\.isASCIIDigit) {
            guard index + 1 < components.count, let year = Int(component) else { continue }
            let monthText = components[index + 1]
            guard (1...2).contains(monthText.count), monthText.allSatisfy(\.isASCIIDigit), let month = Int(monthText) else { continue }
            if index + 2 < components.count {
                let dayText = components[index + 2]
                if (1...2).contains(dayText.count), dayText.allSatisfy(\.isASCIIDigit), let day = Int(dayText) {
                    if let date = format(year, month, day) { return date }
                    continue
                }
            }
            if let date = format(year, month, 1) { return date }
        }
        // YYYY-MM-DD anywhere in the path, bounded by non-digits.
        for run in numbers {
            if let date = format(run.year, run.month, run.day) { return date }
        }
        return nil
    }

    private static func numberRuns(in path: String) -> [(year: Int, month: Int, day: Int)] {
        let characters = Array(path)
        var found: [(Int, Int, Int)] = []
        var index = 0
        while index + 10 <= characters.count {
            let slice = characters[index ..< index + 10]
            let before = index > 0 ? characters[index - 1] : "/"
            let after = index + 10 < characters.count ? characters[index + 10] : "/"
            let shape = slice.enumerated().allSatisfy { offset, character in
                offset == 4 || offset == 7 ? character == "-" : character.isASCIIDigit
            }
            if shape, !before.isASCIIDigit, !after.isASCIIDigit,
               let year = Int(String(slice[index ..< index + 4])),
               let month = Int(String(slice[index + 5 ..< index + 7])),
               let day = Int(String(slice[index + 8 ..< index + 10])) {
                found.append((year, month, day))
                index += 10
            } else {
                index += 1
            }
        }
        return found
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1990...2100).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(mm)-\(dd)"
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
