import Testing
@testable import CiteGraph

/// Papers written as bibliography lines (`Title. arXiv:ID`, no link), and titles in `<p>` lines.
extension MarkdownConstructTests {
    @Test func aLineCitingAPaperByItsArxivIDIsAnEntry() {
        let list = parse("""
        # Awesome
        ## Prompting
        The Power of Scale for Parameter-Efficient Prompt Tuning. arXiv:2104.08691

        ## Bibliography
        Lester, B., Al-Rfou, R., & Constant, N. (2021). The Power of Scale for Parameter-Efficient Prompt Tuning. arXiv preprint arXiv:2104.08691.
        Direct Preference Optimization: Your Language Model is Secretly a Reward Model, arXiv:2305.18290v2 (NeurIPS 2023) [cs.LG]
        Rafael Rafailov, Archit Sharma
        Training a Helpful and Harmless Assistant with RLHF. arXiv:2204.05862 [[Code](https://github.com/x/y)]
        by Yuntao Bai, Andy Jones

        ## Bullets
        - Training language models to follow instructions with human feedback, arXiv:2203.02155 (2022)
        """)
        #expect(list.items.map(\.title) == [
            "The Power of Scale for Parameter-Efficient Prompt Tuning",
            "The Power of Scale for Parameter-Efficient Prompt Tuning",
            "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
            "Training a Helpful and Harmless Assistant with RLHF",
            // A bullet citing its paper by id is titled as a citation line is, without the id.
            "Training language models to follow instructions with human feedback",
        ])
        #expect(list.items.map(\.line) == [3, 6, 7, 9, 13])
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://arxiv.org/abs/2104.08691"], ["https://arxiv.org/abs/2104.08691"],
            ["https://arxiv.org/abs/2305.18290v2"], ["https://github.com/x/y", "https://arxiv.org/abs/2204.05862"],
            ["https://arxiv.org/abs/2203.02155"],
        ])
        #expect(list.entries().map(\.key) == ["2104.08691", "2305.18290", "2204.05862", "2203.02155"])
    }

    @Test func aSentenceNamingAnArxivIDIsNoEntry() {
        let list = parse("""
        # Awesome
        The reading list of our survey. arXiv:2307.12966

        ## Papers
        We build on arXiv:2104.08691 and extend it to new settings.
        This list builds on arXiv:2104.08691.
        It extends the arXiv preprint arXiv:2104.08691.
        For more details on prompt tuning, see arXiv:2104.08691.
        Related work on soft prompts, e.g. arXiv:2104.08691.
        We follow the prompt tuning of Lester et al., arXiv:2104.08691
        and extend it to new settings.
        Prompt tuning: arXiv:2104.08691
        [^1]: The Power of Scale for Parameter-Efficient Prompt Tuning. arXiv:2104.08691

        ## Citation
        Our survey: Aligning Large Language Models with Human. arXiv:2307.12966
        """)
        #expect(list.items.isEmpty)
    }

    @Test func sentencesEndingInAnArxivIDAreNoEntries() {
        // A tester's lines: each made an entry titled by the sentence.
        let list = parse("""
        ## Discussion
        This approach was first described by Ouyang et al., arXiv:2203.02155.

        For the details of the training recipe, please refer to the original paper: arXiv:2305.18290.

        Our implementation follows the one used in prior work - arXiv:2201.11903 (2022).

        If you use this list, please cite our survey, arXiv:2307.10169.
        """)
        #expect(list.items.isEmpty)
    }

    @Test func mlaQuotesAndTitlesEndingInAQuestionMarkAreCitations() {
        let list = parse("""
        ## References
        Rafailov, Rafael, et al. "Direct Preference Optimization: Your Language Model is Secretly a Reward Model." arXiv preprint arXiv:2305.18290 (2023).

        Chiang, C.-H., & Lee, H.-y. (2023). Can Large Language Models Be an Alternative to Human Evaluations? arXiv preprint arXiv:2305.01937.

        This Looks Like That: Deep Learning for Interpretable Image Recognition. arXiv:1806.10574
        """)
        #expect(list.items.map(\.title) == [
            "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
            "Can Large Language Models Be an Alternative to Human Evaluations?",
            "This Looks Like That: Deep Learning for Interpretable Image Recognition",
        ])
        #expect(list.entries().map(\.key) == ["2305.18290", "2305.01937", "1806.10574"])
    }

    @Test func numberedAndBoldCitationsAreTitledWithoutTheirNumberAndID() {
        let list = parse("""
        ## References
        [1] Self-Instruct: Aligning Language Models with Self-Generated Instructions. arXiv:2212.10560, 2022.

        [2] L. Ouyang et al., "Training language models to follow instructions with human feedback," arXiv:2203.02155, 2022.

        **Direct Preference Optimization Explained**. arXiv:2305.18290
        """)
        #expect(list.items.map(\.title) == [
            "Self-Instruct: Aligning Language Models with Self-Generated Instructions",
            "Training language models to follow instructions with human feedback",
            "Direct Preference Optimization Explained",
        ])
    }

    @Test func anotherPapersCitationUnderAVenueEntryIsAnEntryOfItsOwn() {
        // LIMA, linked at NeurIPS, took InstructGPT's id from the line under it.
        let list = parse("""
        ## Papers
        **LIMA: Less Is More for Alignment** [[NeurIPS]](https://openreview.net/forum?id=KBMOKmX2he)
        Training language models to follow instructions with human feedback. arXiv:2203.02155
        **Direct Preference Optimization** [[NeurIPS]](https://openreview.net/forum?id=HPuSIXJaa9)
        Direct Preference Optimization: Your Language Model is Secretly a Reward Model. arXiv:2305.18290
        """)
        #expect(list.items.map(\.title) == [
            "LIMA: Less Is More for Alignment",
            "Training language models to follow instructions with human feedback",
            "Direct Preference Optimization",
        ])
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://openreview.net/forum?id=KBMOKmX2he"],
            ["https://arxiv.org/abs/2203.02155"],
            ["https://openreview.net/forum?id=HPuSIXJaa9", "https://arxiv.org/abs/2305.18290"],
        ])
    }

    @Test func anArxivIDUnderAPaperLinkedAtItsVenueIsMoreOfIt() {
        let list = parse("""
        ## Papers
        **DPO** [[Paper]](https://openreview.net/forum?id=HPuSIXJaa9)
        Rafailov, R., Sharma, A., et al. NeurIPS 2023. arXiv:2305.18290
        """)
        #expect(list.items.map(\.title) == ["DPO"])
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://openreview.net/forum?id=HPuSIXJaa9", "https://arxiv.org/abs/2305.18290"],
        ])
    }

    @Test func aParagraphTagTitlesTheParagraphTagOfLinksAfterIt() {
        let list = parse("""
        ## RLHF
        <p>Deep Reinforcement Learning from Human Preferences</p>
        <p><a href="https://arxiv.org/abs/1706.03741">[Paper]</a> <a href="https://github.com/x/y">[Code]</a></p>

        <p>Direct Preference Optimization</p>

        <p><a href="https://arxiv.org/abs/2305.18290">[Paper]</a></p>
        <p><a href="https://arxiv.org/abs/2203.02155">[Paper]</a></p>
        """)
        // The third paper's line above is the second's links: no title, arXiv names it.
        #expect(list.items.map(\.title) == ["Deep Reinforcement Learning from Human Preferences", "Direct Preference Optimization", ""])
        #expect(list.items.map(\.line) == [3, 7, 8])
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://arxiv.org/abs/1706.03741", "https://github.com/x/y"],
            ["https://arxiv.org/abs/2305.18290"], ["https://arxiv.org/abs/2203.02155"],
        ])
    }

    @Test func onlyAParagraphTagJustBeforeTitlesIt() {
        let list = parse("""
        ## RLHF
        <p>A remark on the section.</p>
        - [InstructGPT](https://arxiv.org/abs/2203.02155)
        <p><a href="https://arxiv.org/abs/2305.18290">[Paper]</a></p>
        <summary>Click to expand</summary>
        <p><a href="https://arxiv.org/abs/1706.03741">[Paper]</a></p>
        """)
        #expect(list.items.map(\.title) == ["InstructGPT", "", ""])
    }

    @Test func aRemarkOrAYearInAParagraphTagTitlesNothing() {
        let list = parse("""
        ## RLHF
        <p>This section lists methods we like.</p>
        <p><a href="https://arxiv.org/abs/2106.09685">[Paper]</a></p>

        <p>2023</p>
        <p><a href="https://arxiv.org/abs/2305.18290">[Paper]</a></p>

        ## Citing
        Kaddour, J., et al. (2023). Challenges and Applications of Large Language Models. arXiv preprint arXiv:2307.10169.
        """)
        #expect(list.items.map(\.title) == ["", ""])
    }
}
