/// Removes emphasis and strikethrough markers (`*`, `_`, `~`) that CommonMark would read as
/// markup, keeping the ones that are text: `90%* ChatGPT`, `snake_case`, a lone `*`.
/// A simplified delimiter-run algorithm: left/right-flanking runs pair up nearest-first.
enum Emphasis {
    private struct Run {
        let character: Character
        let start: Int
        let length: Int
        var remaining: Int
        let canOpen: Bool
        let canClose: Bool
    }

    static func strip(_ text: String) -> String {
        let characters = Array(text)
        var runs: [Run] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "*" || character == "_" || character == "~" else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end] == character { end += 1 }
            let before = index > 0 ? characters[index - 1] : " "
            let after = end < characters.count ? characters[end] : " "
            let leftFlanking = !after.isWhitespace && (!isPunctuation(after) || before.isWhitespace || isPunctuation(before))
            let rightFlanking = !before.isWhitespace && (!isPunctuation(before) || after.isWhitespace || isPunctuation(after))
            let canOpen: Bool
            let canClose: Bool
            if character == "_" {
                canOpen = leftFlanking && (!rightFlanking || isPunctuation(before))
                canClose = rightFlanking && (!leftFlanking || isPunctuation(after))
            } else {
                canOpen = leftFlanking
                canClose = rightFlanking
            }
            runs.append(Run(character: character, start: index, length: end - index, remaining: end - index,
                            canOpen: canOpen, canClose: canClose))
            index = end
        }

        var openers: [Int] = []
        for closer in runs.indices {
            if runs[closer].canClose {
                while runs[closer].remaining > 0,
                      let position = openers.lastIndex(where: { runs[$0].character == runs[closer].character }) {
                    let opener = openers[position]
                    let used = min(runs[opener].remaining, runs[closer].remaining)
                    runs[opener].remaining -= used
                    runs[closer].remaining -= used
                    // Unmatched openers between the pair stay text.
                    openers.removeSubrange((runs[opener].remaining > 0 ? position + 1 : position)...)
                }
            }
            if runs[closer].canOpen, runs[closer].remaining > 0 { openers.append(closer) }
        }

        var result = ""
        var position = 0
        for run in runs {
            result += String(characters[position..<run.start])
            result += String(repeating: run.character, count: run.remaining)
            position = run.start + run.length
        }
        result += String(characters[position...])
        return result
    }

    private static func isPunctuation(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }
}
