import Testing
@testable import CiteGraph

@Suite struct TitleNormalizerTests {
    @Test(arguments: [
        ("The FLAN collection: Designing data and methods", "the flan collection designing data and methods"),
        ("Parameter-Efficient Fine-Tuning", "parameter efficient fine tuning"),
        ("Sch\\\"{o}lkopf's \\emph{Kernel} Methods", "scholkopfs kernel methods"),
        ("Schölkopf’s  Méthodes", "scholkopfs methodes"),
        ("Vicuna: 90%* ChatGPT Quality", "vicuna 90 chatgpt quality"),
        ("ＬＬＭｓ & Humans", "llms and humans"),
        ("$\\mathcal{O}(n)$ Attention", "o n attention"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(TitleNormalizer.normalize(input) == expected)
    }

    @Test func caseOnlyDifferenceIsExact() {
        #expect(TitleNormalizer.similarity("The FLAN collection: Designing data and methods for effective instruction tuning",
                                           "The Flan Collection: Designing Data and Methods for Effective Instruction Tuning") == 1)
    }

    @Test func spacingOnlyDifference() {
        #expect(TitleNormalizer.similarity("QLoRA: Efficient Finetuning of Quantized LLMs",
                                           "QLoRA: Efficient Fine-tuning of Quantized LLMs") == 0.98)
    }

    @Test func colonSegmentsAreStrongMatches() {
        // Listed without the paper's name.
        #expect(TitleNormalizer.similarity("Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning",
                                           "AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning") == 0.95)
        // Listed with a subtitle the current version dropped.
        #expect(TitleNormalizer.similarity(
            "Error Analysis Prompting Enables Human-Like Translation Evaluation in Large Language Models: A Case Study on ChatGPT",
            "Error Analysis Prompting Enables Human-Like Translation Evaluation in Large Language Models") == 0.95)
    }

    @Test func shortOrMinorSegmentsAreNot() {
        // The name alone is too short to say which paper it is.
        #expect(TitleNormalizer.similarity("Self-Instruct", "Self-Instruct: Aligning Language Models with Self-Generated Instructions") < 0.9)
        // A title inside a longer different one (CMMLU vs MMLU).
        #expect(TitleNormalizer.similarity("Measuring Massive Multitask Language Understanding",
                                           "CMMLU: Measuring massive multitask language understanding in Chinese") < 0.9)
        // A short subtitle is under half the words.
        #expect(TitleNormalizer.similarity("A Case Study on ChatGPT",
                                           "Error Analysis Prompting Enables Human-Like Translation: A Case Study on ChatGPT") < 0.9)
    }

    @Test func differentNumbersAreNotTheSamePaper() {
        #expect(TitleNormalizer.similarity("GPT-4 Technical Report", "GPT-3 Technical Report") == 0.85)
        #expect(TitleNormalizer.similarity("Llama 2: Open Foundation and Fine-Tuned Chat Models",
                                           "Llama: Open Foundation and Fine-Tuned Chat Models") == 0.85)
        #expect(TitleNormalizer.similarity("GPT4 Technical Report", "GPT-4 Technical Report") == 0.98)
    }

    @Test func unrelatedTitlesScoreLow() {
        #expect(TitleNormalizer.similarity("LIMA: Less Is More for Alignment", "Textbooks Are All You Need") < 0.5)
        #expect(TitleNormalizer.similarity("", "Textbooks Are All You Need") == 0)
    }
}

@Suite struct PaperDatesTests {
    @Test func daysFromISO() {
        #expect(PaperDates.day("2023-05-29T17:57:46Z") == "2023-05-29")
        #expect(PaperDates.day("2023-13-29T17:57:46Z") == nil)
        #expect(PaperDates.day("yesterday") == nil)
        #expect(PaperDates.day(nil) == nil)
    }

    @Test func derivedFromTheIdMonth() {
        #expect(PaperDates.derived(from: ArxivID("2305.18290")!) == "2023-05-01")
        #expect(PaperDates.derived(from: ArxivID("hep-th/9901001")!) == "1999-01-01")
        let undated = ArxivEntry(id: ArxivID("1811.00937")!, title: "CommonsenseQA")
        #expect(PaperDates.published(undated) == ("2018-11-01", true))
        let dated = ArxivEntry(id: ArxivID("2305.18290")!, title: "DPO", published: "2023-05-29T00:00:00Z", updated: "2024-07-29T00:00:00Z")
        #expect(PaperDates.published(dated) == ("2023-05-29", false))
        #expect(PaperDates.updated(dated) == "2024-07-29")
    }
}
