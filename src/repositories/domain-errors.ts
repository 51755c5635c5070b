/**
 * The errors the data layer throws, in its own words: a repository is used by the API, and also by page
 * renderers, exporters and the seed build, none of which speak HTTP. src/plugins/problem-handler.ts maps each
 * of these to its problem document (a 400 naming the parameter).
 */

/** Any error a caller caused by what it asked for (as opposed to a fault of the database or the code). */
export abstract class DomainError extends Error {
  /** The filter or argument at fault, in the caller's vocabulary (`speaker`, `q`, `cursor`). */
  abstract readonly parameter: string;
  /** Why it is at fault, as a phrase that follows the parameter's name ("is longer than 200 characters"). */
  abstract readonly reason: string;
}

/** A paging cursor that this data layer did not issue, that was altered, or that belongs to another sort or build. */
export class InvalidCursor extends DomainError {
  readonly parameter = 'cursor';

  constructor(readonly reason: string) {
    super(`Parameter "cursor" ${reason}`);
    this.name = 'InvalidCursor';
  }
}

/** Search text that cannot become a full-text query: too long, too many words, or no words at all. */
export class InvalidSearch extends DomainError {
  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`Parameter "${parameter}" ${reason}`);
    this.name = 'InvalidSearch';
  }
}

/** A filter names an id that the database does not hold, with the ids whose names resemble it. */
export class UnknownReference extends DomainError {
  readonly reason: string;

  constructor(
    readonly parameter: string,
    /** What kind of record the id should name: `actor`, `location`, `source`, `event`. */
    readonly kind: string,
    readonly id: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    const reason = `names an unknown ${kind} id "${id}"${hint}`;
    super(`Parameter "${parameter}" ${reason}`);
    this.name = 'UnknownReference';
    this.reason = reason;
  }
}

/**
 * A filter names an actor id a curator merged into another (`merged_into` in seed/): the id was served and may be
 * cited, so it is no typo to guess at; the answer names the actor that now stands for it.
 */
export class MergedReference extends DomainError {
  readonly reason: string;

  constructor(
    readonly parameter: string,
    readonly id: string,
    readonly mergedInto: string,
  ) {
    const reason = `names actor id "${id}", which a curator merged into "${mergedInto}"; filter by that id`;
    super(`Parameter "${parameter}" ${reason}`);
    this.name = 'MergedReference';
    this.reason = reason;
  }
}
