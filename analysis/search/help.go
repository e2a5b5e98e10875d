package search

// HelpText documents the query syntax for people; the app shows it in
// Help ▸ Search syntax and the README quotes it.
const HelpText = `Search syntax

Words
  Maduro oil            documents with Maduro or oil (both rank higher)
  exile                 also finds exiled, exiles (English stemming)

Exact phrases
  "Cartel de los Soles" the words in this order

Required and excluded words
  +Maduro +oil          both words must appear
  Maduro -Trump         Maduro, but not documents mentioning Trump

Fields
  title:cocoa           the word in the title
  source:Reuters        documents from this source (any case)
  source:"BBC News"     a source of several words
  date:>="1987-03-01"   dated on or after 1 March 1987 (also >, <, <=)
  id:sport/199          one document
  topic:earn            a column of corpus.csv (lower-case name)

Fuzzy, prefix and patterns
  exile~1               words one letter away (exile, exiles, exiled…);
                        ~2 allows two letters
  petro*                words starting with petro (? stands for one letter)
  /venezuel.*/          a regular expression matched against whole
                        indexed words (lower-case, stemmed)

Boosting
  Maduro^3 oil          Maduro counts three times as much

Notes
  There is no AND, OR or grouping with parentheses: use + and -.
  To search a special character  + - = & | > < ! ( ) { } [ ] ^ " ~ * ? : \ /
  as text, put \ before it.
  Queries are limited to 1,000 characters; very broad patterns are
  refused with a message rather than left to run.`
