/// The name and institution pools of the synthetic corpus. Each pool starts with real, common
/// names (so that many people share a surname, a given name or just an initial, with accents and
/// romanized names as on arXiv) and continues with names built from syllables, so that a large
/// corpus still has as many distinct people as arXiv. People draw from the pools with Zipf
/// weights: the first names in each list are by far the most common.
enum SyntheticNames {
    static let surnameCount = 60_000
    static let givenNameCount = 4_000
    static let institutionCount = 8_000

    static func surname(_ rank: Int) -> String {
        rank < commonSurnames.count ? commonSurnames[rank] : syllableName(rank, salt: 0x5A17)
    }

    static func givenName(_ rank: Int) -> String {
        rank < commonGivenNames.count ? commonGivenNames[rank] : syllableName(rank, salt: 0x61FE)
    }

    static func institution(_ rank: Int) -> String {
        let city = cities[rank % cities.count]
        let field = fields[(rank / cities.count) % fields.count]
        switch (rank / (cities.count * fields.count)) % 6 {
        case 0: return "University of \(city)"
        case 1: return "\(city) Institute of Technology"
        case 2: return "Institute for \(field), \(city)"
        case 3: return "\(city) National Laboratory"
        case 4: return "Department of \(field), \(city) University"
        default: return "Center for \(field) Research, \(city)"
        }
    }

    /// A made-up but pronounceable name, fixed by `rank`: two or three syllables.
    static func syllableName(_ rank: Int, salt: UInt64) -> String {
        var random = SplitMix64(seed: SplitMix64.mix(UInt64(rank) ^ (salt << 32)))
        var name = onsets[random.below(onsets.count)].uppercasedFirst
        name += nuclei[random.below(nuclei.count)]
        name += onsets[random.below(onsets.count)]
        if random.chance(0.5) { name += nuclei[random.below(nuclei.count)] }
        name += codas[random.below(codas.count)]
        return name
    }

    static let commonSurnames = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Kim", "Lee", "Park", "Choi", "Jung",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
        "Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
        "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Leroy", "Roux",
        "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Petrov", "Sokolov", "Volkov", "Kozlov", "Novikov",
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Singh", "Kumar", "Sharma", "Gupta", "Patel", "Shah",
        "Das", "Bose", "Chatterjee", "Mukherjee", "Banerjee", "Rao", "Reddy", "Iyer", "Silva", "Santos",
        "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Jensen", "Nielsen", "Hansen", "Sørensen",
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öztürk", "Yılmaz",
        "Kaya", "Demir", "Cohen", "Levi", "Friedman", "Katz", "O'Brien", "O'Connor", "McDonald",
        "van der Berg", "de Jong", "van Dijk", "Bakker", "Janssen", "Visser", "Dvořák", "Novák",
        "Horváth", "Nagy", "Kovács", "Szabó", "Papadopoulos", "Georgiou", "Ahmed", "Hassan", "Ali",
        "Khan", "Hosseini", "Mohammadi", "Rezaei", "Del Maestro", "Da Silva", "St. Pierre",
    ]

    static let commonGivenNames = [
        "Wei", "Jing", "Yang", "Hao", "Lei", "Jun", "Xin", "Yu", "Ming", "Li", "Jian", "Yan",
        "Min-Jun", "Ji-Woo", "Seo-Yeon", "Hyun", "John", "David", "Michael", "James", "Robert",
        "Daniel", "Thomas", "Peter", "Paul", "Mark", "Andrew", "Richard", "Christopher", "Matthew",
        "Mary", "Sarah", "Anna", "Maria", "Elena", "Laura", "Julia", "Emily", "Jessica", "Rachel",
        "Alexander", "Sergey", "Andrei", "Dmitry", "Alexey", "Ivan", "Nikolai", "Olga", "Natalia",
        "Hans", "Jürgen", "Stefan", "Wolfgang", "Klaus", "Jörg", "Katrin", "Ursula", "Sören",
        "José", "Juan", "Luis", "Carlos", "Javier", "Ana", "Lucía", "Inés", "Andrés", "Sebastián",
        "Marco", "Luca", "Giuseppe", "Francesca", "Giulia", "Pierre", "Jean", "François", "Hélène",
        "Élise", "Chloé", "Łukasz", "Paweł", "Agnieszka", "Małgorzata", "Hiroshi", "Takashi", "Yuki",
        "Kenji", "Satoshi", "Akira", "Arjun", "Rahul", "Priya", "Ananya", "Vikram", "Sanjay",
        "Mohammed", "Ahmed", "Fatima", "Ali", "Reza", "Mehmet", "Ayşe", "Lars", "Erik", "Ingrid",
        "Bjørn", "Søren", "Pieter", "Jan", "Joost", "Tomáš", "Jiří", "Zoltán", "Gábor", "Nikos",
        "Eleni", "Thanh", "Minh", "Duc", "Joao", "João", "Gustavo", "Camila", "Yosef", "Noa",
    ]

    static let cities = [
        "Cambridge", "Oxford", "Berkeley", "Stanford", "Princeton", "Chicago", "Toronto", "Montréal",
        "Vancouver", "Boston", "Pasadena", "Seattle", "Austin", "Zürich", "Geneva", "Munich",
        "Heidelberg", "Berlin", "Hamburg", "Paris", "Orsay", "Lyon", "Milan", "Rome", "Padova",
        "Pisa", "Barcelona", "Madrid", "Lisbon", "Amsterdam", "Leiden", "Utrecht", "Copenhagen",
        "Stockholm", "Uppsala", "Oslo", "Helsinki", "Warsaw", "Kraków", "Prague", "Vienna",
        "Budapest", "Moscow", "Novosibirsk", "Tel Aviv", "Haifa", "Tokyo", "Kyoto", "Osaka",
        "Seoul", "Daejeon", "Beijing", "Shanghai", "Hefei", "Nanjing", "Hong Kong", "Taipei",
        "Singapore", "Bangalore", "Mumbai", "Kolkata", "São Paulo", "Rio de Janeiro", "Buenos Aires",
        "Santiago", "Mexico City", "Sydney", "Melbourne", "Cape Town", "Tehran", "Istanbul",
    ]

    static let fields = [
        "Theoretical Physics", "Astronomy", "Mathematics", "Computer Science", "Statistics",
        "Particle Physics", "Condensed Matter Physics", "Quantum Information", "Applied Mathematics",
        "Electrical Engineering", "Quantitative Biology", "Economics", "Cosmology", "Nuclear Physics",
        "Machine Learning", "Optics",
    ]

    private static let onsets = [
        "b", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh", "t", "v", "z",
        "br", "dr", "gr", "kr", "pr", "st", "tr", "zh", "kh", "ts",
    ]
    private static let nuclei = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "io", "ya", "ø", "ä", "é"]
    private static let codas = ["", "n", "r", "s", "k", "l", "m", "ng", "ski", "ov", "ev", "sen", "son", "er", "ez", "ini", "ata", "escu"]
}

extension String {
    fileprivate var uppercasedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
