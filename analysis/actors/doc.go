// Package actors holds the actor registry (who is mentioned: people,
// organisations, places, operations, each with aliases), counts their
// mentions exactly, discovers actors nobody listed, and lists mentions in
// context (KWIC).
//
// # Registry
//
// A registry is YAML of this shape (see [Parse]):
//
//	actors:
//	  - name: Nicolás Maduro
//	    kind: person
//	    aliases: [Maduro, Nicolas Maduro]
//	  - name: United States
//	    kind: place
//	    aliases: [U.S., US, United States of America]
//
// An actor's name counts as one of its aliases. [Parse] rejects, naming the
// line: YAML syntax errors, a missing or duplicate name, an empty alias, an
// unknown kind, a bad colour, and an alias claimed by two actors. Names and
// aliases are compared after normalisation (see [NormalizeName]). The edit
// operations on [*Registry] (Add, Rename, Merge, Split, …) keep the same
// guarantees.
//
// # Matching rules
//
// [Count] applies these rules, in one pass over each document with one
// automaton for every alias of every actor:
//
//  1. Matching is on normalised text: NFC (the loader's), diacritics folded
//     ("Nicolas" matches "Nicolás"), curly and straight apostrophes, quotes
//     and dashes alike, and any run of white space (spaces, line breaks,
//     no-break spaces) matches a single space in an alias.
//  2. An alias with no lowercase letter and at least two letters ("US",
//     "CIA", "U.S.", "UAE") matches case-sensitively; every other alias
//     matches case-insensitively ("MADURO’S" in a heading counts for
//     Maduro).
//  3. Whole words only: the character before a match and the character
//     after it must not be a letter, digit or combining mark ("USS" is not
//     "US", "Venezuelan" is not "Venezuela"); a possessive "’s" or "'s", a
//     hyphen ("Trump-proposed") or punctuation after the match is fine.
//  4. Longest match wins and matches do not overlap: scanning from the
//     start, the match that starts first wins, and among those starting at
//     the same place the longest; in "Nicolás Maduro" the alias "Nicolás
//     Maduro" counts once and "Maduro" does not count again.
//  5. Text the loader marked as boilerplate is not counted, unless
//     [Options.IncludeBoilerplate] is set.
//
// Mentions are byte offsets into Document.Text (convert with
// Document.CharOffset for character offsets). Each [DocCounts] stores them
// sparsely (only the actors a document mentions take room): read them with
// [DocCounts.Of], [DocCounts.N] and [DocCounts.Actors].
//
// # Discovery and KWIC
//
// [Discover] proposes actors from capitalised names, with variants merged;
// [KWIC] lists an actor's mentions with their left and right context.
package actors
