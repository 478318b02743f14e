/// Titles, abstracts, comments and journal references for the synthetic corpus: words drawn from
/// a small scientific vocabulary, so that entries are as long as arXiv's (an abstract is most of
/// an entry's bytes) without pretending to mean anything.
enum SyntheticText {
    static func title(_ random: inout SplitMix64) -> String {
        var title = ""
        let words = random.between(5...14)
        for index in 0..<words {
            if index > 0 { title += " " }
            let word = vocabulary[random.zipfRank(vocabulary.count)]
            title += index == 0 || random.chance(0.6) ? capitalized(word) : word
        }
        return title
    }

    /// An abstract as long as arXiv's: 4 to 12 sentences of 12 to 36 words give a mean of about
    /// 1,100 characters with a spread of about 375, as in real API responses (120 entries of the
    /// fixtures in shared/fixtures/arxiv-api: mean 1,093, standard deviation 377, longest 1,915),
    /// and never more than arXiv's limit of 1,920 characters.
    static func summary(_ random: inout SplitMix64) -> String {
        var summary = ""
        var sentence = ""
        let sentences = random.between(4...12)
        for index in 0..<sentences {
            sentence.removeAll(keepingCapacity: true)
            let words = random.between(12...36)
            for position in 0..<words {
                let word = vocabulary[random.zipfRank(vocabulary.count)]
                if position == 0 {
                    sentence += capitalized(word)
                } else {
                    sentence += " "
                    sentence += word
                }
            }
            sentence += "."
            if index > 0 {
                guard summary.utf8.count + 1 + sentence.utf8.count <= longestSummary else { break }
                summary += " "
            }
            summary += sentence
        }
        return summary
    }

    /// arXiv's limit on an abstract, in characters.
    static let longestSummary = 1_920

    static func comment(_ random: inout SplitMix64, version: Int, year: Int) -> String {
        var comment = "\(random.between(4...60)) pages, \(random.between(0...24)) figures"
        if random.chance(0.3) { comment += ", \(random.between(1...8)) tables" }
        if random.chance(0.15) {
            comment += "; accepted at \(venues[random.below(venues.count)]) \(min(year + 1, 2026))"
        } else if version > 1, random.chance(0.4) {
            comment += "; v\(version): minor revisions, references added"
        }
        return comment
    }

    static func journalRef(_ random: inout SplitMix64, year: Int) -> String {
        let journal = journals[random.below(journals.count)]
        return "\(journal.name) \(random.between(1...140)), \(random.between(1...99999)) (\(min(year + 1, 2026)))"
    }

    static func doi(_ random: inout SplitMix64, year: Int) -> String {
        let journal = journals[random.below(journals.count)]
        return "10.\(journal.prefix)/\(journal.slug).\(min(year + 1, 2026)).\(random.between(1...99999))"
    }

    private static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    static let venues = ["NeurIPS", "ICML", "ICLR", "ACL", "CVPR", "STOC", "FOCS", "SODA", "QIP", "COLT"]

    static let journals: [(name: String, prefix: Int, slug: String)] = [
        ("Phys. Rev. D", 1103, "PhysRevD"), ("Phys. Rev. B", 1103, "PhysRevB"),
        ("Phys. Rev. Lett.", 1103, "PhysRevLett"), ("JHEP", 1007, "JHEP"),
        ("Astrophys. J.", 3847, "ApJ"), ("Mon. Not. R. Astron. Soc.", 1093, "mnras"),
        ("Nucl. Phys. B", 1016, "nuclphysb"), ("Commun. Math. Phys.", 1007, "cmp"),
        ("J. Mach. Learn. Res.", 5555, "jmlr"), ("Ann. Statist.", 1214, "aos"),
        ("Nature Phys.", 1038, "nphys"), ("Quantum", 22331, "q"),
    ]

    static let vocabulary = [
        "the", "of", "and", "a", "in", "for", "we", "with", "on", "model", "is", "to", "by", "that",
        "quantum", "learning", "field", "network", "theory", "data", "method", "neural", "energy",
        "results", "approach", "show", "state", "which", "from", "analysis", "system", "problem",
        "new", "dynamics", "using", "large", "two", "function", "based", "time", "models", "space",
        "study", "algorithm", "effect", "spin", "structure", "phase", "dark", "matter", "galaxy",
        "galaxies", "gravitational", "waves", "black", "hole", "holes", "string", "gauge", "symmetry",
        "scalar", "boson", "Higgs", "neutrino", "mass", "decay", "cross", "section", "collisions",
        "lattice", "QCD", "topological", "insulator", "superconductivity", "magnetic", "transport",
        "electron", "graphene", "entanglement", "qubit", "circuit", "error", "correction", "channel",
        "optimal", "bounds", "random", "graphs", "matrix", "matrices", "operator", "spectral",
        "manifold", "group", "algebra", "category", "cohomology", "conjecture", "proof", "prove",
        "theorem", "inequality", "equation", "equations", "nonlinear", "boundary", "stochastic",
        "Bayesian", "inference", "estimation", "regression", "sampling", "convergence", "gradient",
        "descent", "optimization", "convex", "policy", "reinforcement", "language", "transformer",
        "attention", "representation", "representations", "training", "generalization", "robust",
        "adversarial", "benchmark", "dataset", "image", "segmentation", "detection", "graph",
        "temperature", "density", "observations", "survey", "emission", "spectrum", "cosmological",
        "inflation", "perturbations", "simulations", "numerical", "efficient", "scalable",
        "distributed", "framework", "novel", "improved", "performance", "experimental", "evidence",
        "measurement", "precision", "limits", "constraints", "parameters", "distribution",
        "properties", "interactions", "coupling", "strong", "weak", "critical", "transition",
        "entropy", "thermodynamic", "classical", "effective", "higher", "dimensional", "finite",
        "infinite", "local", "global", "invariant", "geometry", "curvature", "flow", "fluid",
        "turbulence", "wave", "scattering", "resonance", "laser", "photonic", "optical", "cavity",
    ]
}
