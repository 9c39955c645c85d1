/**
 * Case-file facts in the index: read from a file's pages when its block is written ({@link
 * kz.muragat.core.facts.FileFacts}), stored on the document entry as JSON per access variant and
 * counted as facets; persons linked across documents at the end of each index or reindex run into
 * the data folder's {@code persons.json} ({@link kz.muragat.core.facts.PersonsStore}); both shown
 * to a caller only as read from the pages they may see ({@link kz.muragat.core.facts.FactsView}).
 */
package kz.muragat.core.facts;
