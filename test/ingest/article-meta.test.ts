/**
 * The four metadata fields a user gives, and what the ingest works out from them: the outlet from the URL, and
 * whether the publication date is printed in the article (`text`) or known only from the URL (`url`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeMeta, outletOf, printsDate, readMeta, sourceIdFor } from '../../src/ingest/article-meta.js';

const given = { title: 'Aleppo talks', publisher: 'Example Wire', url: 'https://www.example.org/a/1', published_on: '2016-12-09' };

describe('article metadata', () => {
  it('takes the source id from a dated file name, else from publisher, date and title, or from --id', () => {
    expect(sourceIdFor('/x/example-2016-12-09-aleppo-talks.txt', given)).toBe('example-2016-12-09-aleppo-talks');
    // "article.txt" would make every such file the source "article".
    expect(sourceIdFor('/tmp/article.txt', given)).toBe('example-wire-2016-12-09-aleppo-talks');
    expect(sourceIdFor('/tmp/My Article.txt', given)).toBe('example-wire-2016-12-09-aleppo-talks');
    expect(sourceIdFor('/tmp/article.txt', given, 'wire-talks')).toBe('wire-talks');
    expect(() => sourceIdFor('/tmp/article.txt', given, 'Wire Talks')).toThrow(/--id "Wire Talks" is not a lowercase slug/);
  });

  it('does not end a source id on a small word the five-word cut left dangling', () => {
    const veto = { ...given, publisher: 'Meridian Wire', title: 'UN Security Council fails to agree Aleppo truce as Russia casts veto' };
    expect(sourceIdFor('/tmp/article.txt', veto)).toBe('meridian-wire-2016-12-09-un-security-council-fails');
    const convoys = { ...given, title: 'Aid convoys wait for the word to enter Aleppo' };
    expect(sourceIdFor('/tmp/article.txt', convoys)).toBe('example-wire-2016-12-09-aid-convoys-wait');
  });

  it('leaves a leading article out of the publisher in a source id', () => {
    const lantern = { ...given, publisher: 'The Lantern Review', title: 'A surgeon in eastern Aleppo' };
    expect(sourceIdFor('/tmp/interview.txt', lantern)).toBe('lantern-review-2016-12-09-a-surgeon-in-eastern-aleppo');
    expect(sourceIdFor('/tmp/x.txt', { ...given, publisher: 'An Nahar' })).toBe('nahar-2016-12-09-aleppo-talks');
    // A publisher that is only the word keeps it.
    expect(sourceIdFor('/tmp/x.txt', { ...given, publisher: 'The' })).toBe('the-2016-12-09-aleppo-talks');
    expect(sourceIdFor('/tmp/x.txt', { ...given, publisher: 'Theatre Weekly' })).toBe('theatre-weekly-2016-12-09-aleppo-talks');
  });

  it.each(['javascript:alert(document.cookie)', 'mailto:desk@example.org', 'ftp://files.example.org/story.txt', 'data:text/html,story'])(
    'refuses %s as the url: a source is read at a web address, which the explorer links to',
    (url) => {
      expect(() => readMeta(undefined, { ...given, url, outlet: 'example.org' })).toThrow(
        `article metadata: url ${JSON.stringify(url)} (given as --url): must be a full URL (https://...)`,
      );
    },
  );

  it('takes a plain http address as the url too', () => {
    expect(readMeta(undefined, { ...given, url: 'http://example.org/news/1' }).url).toBe('http://example.org/news/1');
  });

  it('takes the outlet from the URL host without www.', () => {
    expect(outletOf('https://www.voanews.com/a/x/3559971.html')).toBe('voanews.com');
    expect(outletOf('https://english.alarabiya.net/News/x')).toBe('english.alarabiya.net');
  });

  it('says the date basis is text only when the article prints the full date', () => {
    expect(printsDate('By VOA News December 09, 2016\n\nLavrov said Friday ...', '2016-12-09')).toBe(true);
    expect(printsDate('GENEVA, 9 December 2016 - The envoy said ...', '2016-12-09')).toBe(true);
    expect(printsDate('The envoy said on December 9 that ...', '2016-12-09')).toBe(false);
    expect(printsDate('The council met on December 8, 2016.', '2016-12-09')).toBe(false);
    expect(completeMeta(given, 'Printed: Dec. 9, 2016. Text.')).toMatchObject({ outlet: 'example.org', published_basis: 'text' });
    expect(completeMeta(given, 'No date here.')).toMatchObject({ published_basis: 'url', language: 'en', kind: 'news report' });
  });

  it("reads a wire's or a daily's dateline as the printed date, not a remark's day in the body", () => {
    const story = (head: string) => `Envoys meet on Aleppo\nBy Ana Roe\n${head}`;
    // A colon after the day, a line of its own, a dash after an agency, the day and agency with no place.
    expect(printsDate(story('SUVA, Dec 9: Fiji said on Friday it would send aid.'), '2016-12-09')).toBe(true);
    expect(printsDate(story('PORT MORESBY, December 9\n\nLeaders met on Friday.'), '2016-12-09')).toBe(true);
    expect(printsDate(story('DILI/DARWIN, 9 December – The minister spoke.'), '2016-12-09')).toBe(true);
    expect(printsDate(story('HONIARA, Dec. 9 (Pacific Wire): Ministers met.'), '2016-12-09')).toBe(true);
    expect(printsDate(story('Dec 9 (Pacific Wire) - Ministers met in Apia.'), '2016-12-09')).toBe(true);
    // Another day in the dateline, or the day only in the body, is no printed publication date.
    expect(printsDate(story('SUVA, Dec 8: Fiji said on Friday it would send aid.'), '2016-12-09')).toBe(false);
    expect(printsDate(story('Fiji said its envoy would speak on Dec 9: the talks go on.'), '2016-12-09')).toBe(false);
    expect(printsDate(story('SUVA - Fiji said on December 9 it would send aid.'), '2016-12-09')).toBe(false);
    // A day heading opens on its weekday, not a place: it dates what is under it, not the article.
    expect(printsDate(story('Friday, December 9\n\nLeaders met in Suva.'), '2016-12-09')).toBe(false);
  });

  it('lets a given field override what would be worked out', () => {
    expect(completeMeta({ ...given, outlet: 'wire.example', published_basis: 'url' }, 'Dec. 9, 2016')).toMatchObject({
      outlet: 'wire.example',
      published_basis: 'url',
    });
  });

  it('names a missing or malformed field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meta-'));
    try {
      const path = join(dir, 'meta.json');
      writeFileSync(path, JSON.stringify({ title: 'T t', url: 'https://example.org' }));
      // Every error names the meta file, the field, and a flag when the value came from one.
      expect(() => readMeta(path, {})).toThrow(
        `article metadata (${path}): missing publisher (give it in --meta or as --publisher), published_on`,
      );
      expect(() => readMeta(undefined, { title: 'T t' })).toThrow(/^article metadata: missing publisher /);
      expect(() => readMeta(path, { publisher: 'PW', published_on: '2016-02-30' })).toThrow(
        `article metadata (${path}): published_on "2016-02-30" (given as --published-on): is not a date that exists in the calendar`,
      );
      // One problem per field, with the value given: the calendar check does not repeat the format's.
      expect(() => readMeta(path, { publisher: 'PW', published_on: '09/12/2016' })).toThrow(
        /^article metadata \(.*meta\.json\): published_on "09\/12\/2016" \(given as --published-on\): must be a date written YYYY-MM-DD$/,
      );
      expect(() => readMeta(path, { publisher: 'PW', published_on: '2016-12-09', url: 'example.org/story' })).toThrow(
        `article metadata (${path}): url "example.org/story" (given as --url): must be a full URL (https://...)`,
      );
      // A value too short says so in words, for the title (3 letters) as for the publisher (2).
      expect(() => readMeta(path, { title: 'T', publisher: 'P', published_on: '2016-12-09' })).toThrow(
        `article metadata (${path}): title "T" (given as --title): is too short: at least 3 characters; publisher "P" (given as --publisher): is too short: at least 2 characters`,
      );
      expect(() => readMeta(path, { title: 'Ok', publisher: 'PW', published_on: '2016-12-09' })).toThrow(
        /title "Ok" \(given as --title\): is too short: at least 3 characters$/,
      );
      // Every bad field at once, so a user fixes them in one go: the missing ones first, then the malformed.
      writeFileSync(path, JSON.stringify({ title: 'Xy', url: 'not a url', published_on: '2016-13-01' }));
      expect(() => readMeta(path, {})).toThrow(
        `article metadata (${path}): missing publisher (give it in --meta or as --publisher); title "Xy": is too short: at least 3 characters; url "not a url": must be a full URL (https://...); published_on "2016-13-01": is not a date that exists in the calendar`,
      );
      writeFileSync(path, JSON.stringify({ ...given, published_on: '19/12/2016' }));
      expect(() => readMeta(path, {})).toThrow(`article metadata (${path}): published_on "19/12/2016": must be a date written YYYY-MM-DD`);
      writeFileSync(path, JSON.stringify({ title: 'T t', url: 'https://example.org' }));
      expect(() => readMeta(path, { publisher: 'PW', published_on: '2016-12-09', published_basis: 'maybe' })).toThrow(
        /published_basis "maybe" \(given as --published-basis\): /,
      );
      writeFileSync(path, JSON.stringify({ title: 'T t', url: 'https://example.org', date: '2016-12-09' }));
      expect(() => readMeta(path, { publisher: 'PW', published_on: '2016-12-09' })).toThrow(
        /unknown field\(s\) date \(the fields are title, /,
      );
      writeFileSync(path, JSON.stringify({ title: 'T t', url: 'https://example.org' }));
      expect(readMeta(path, { publisher: 'PW', published_on: '2016-12-09' })).toEqual({
        ...given,
        title: 'T t',
        publisher: 'PW',
        url: 'https://example.org',
      });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
