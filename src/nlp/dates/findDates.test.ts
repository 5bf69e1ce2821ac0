import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.js';

function dates(text: string, anchor: string | null) {
  return findDates(text, anchor).map((d) => [d.text, d.date, d.precision, d.time]);
}

describe('findDates', () => {
  it('reads a weekday\'s short form inside a name ("Desert Sun Courier", "the Sun Valley clinic") as no day', () => {
    expect(dates('By Ana Ruiz, Desert Sun Courier. Agents shot a man at the Sun Valley clinic.', '2026-02-18')).toEqual([]);
    expect(dates('He spoke Sun night.', '2026-02-18').map((d) => d[0])).toEqual(['Sun night']);
  });

  // 2025-11-03 is a Monday.
  const anchor = '2025-11-03';

  it('reads a day with a time of day, choosing the past year for a month-day', () => {
    expect(dates('It began around 6:30 a.m. on October 30, officials said.', anchor)).toEqual([['6:30 a.m. on October 30', '2025-10-30', 'day', '06:30']]);
    expect(dates('The raid on December 12 was recorded.', anchor)).toEqual([['December 12', '2024-12-12', 'day', null]]);
  });

  it('reads no date across a sentence end ("Good evening. This afternoon …"), but keeps "9 p.m. Tuesday"', () => {
    expect(dates('MAYOR: Good evening. This afternoon a resident was shot.', anchor)).toEqual([['This afternoon', '2025-11-03', 'day', null]]);
    expect(dates('It happened at 9 p.m. Tuesday, police said.', anchor)).toEqual([['9 p.m. Tuesday', '2025-10-28', 'day', '21:00']]);
  });

  it('reads no time of day in a time into a recording (stop 41)', () => {
    expect(dates('At 0:19, he fires. At the 1:05 mark, the car stops. At 2:40 into the video, he runs.', anchor)).toEqual([]);
    expect(dates('At 9:45 a.m., agents arrived.', anchor)).toEqual([['9:45 a.m.', null, 'unknown', '09:45']]);
  });

  it('puts a bare weekday on or before the anchor', () => {
    expect(dates('He was stopped Wednesday evening.', anchor)[0]).toEqual(['Wednesday evening', '2025-10-29', 'day', null]);
    expect(dates('The hearing was on Monday.', anchor)[0]?.[1]).toBe('2025-11-03');
  });

  it('gives weeks their Monday, months their first day and bare years their year', () => {
    expect(dates('It happened last week.', anchor)).toEqual([['last week', '2025-10-27', 'week', null]]);
    expect(dates('It happened last weekend.', anchor)).toEqual([['last weekend', '2025-10-27', 'week', null]]);
    expect(dates('The policy changed in January.', anchor)).toEqual([['January', '2025-01-01', 'month', null]]);
    expect(dates('Arrests rose in 2023, not under Section 2019.', anchor)).toEqual([['2023', '2023-01-01', 'year', null]]);
  });

  it('ignores "may" and "March" when they are a verb or a name', () => {
    expect(dates('Agents may march downtown. March said nothing.', anchor)).toEqual([]);
    expect(dates('They will rally in May.', anchor)[0]?.[2]).toBe('month');
  });

  it('reads the date of "the morning of June 12" (stop 42)', () => {
    expect(dates('On the morning of June 12, agents came.', anchor)).toEqual([['June 12', '2025-06-12', 'day', null]]);
    expect(dates('Late on the night of March 3, 2025, he was shot.', anchor)).toEqual([['March 3, 2025', '2025-03-03', 'day', null]]);
  });

  it('reads a part of the day named from the anchor as that day', () => {
    expect(dates('This morning, agents stopped a van.', anchor)).toEqual([['This morning', '2025-11-03', 'day', null]]);
    expect(dates('Shots were fired last night.', anchor)).toEqual([['last night', '2025-11-02', 'day', null]]);
  });

  it('reads a bare month that modifies a noun after a determiner ("the September shooting"), not a march', () => {
    expect(dates('Video of the September shooting was released.', anchor)).toEqual([['September', '2025-09-01', 'month', null]]);
    expect(dates('Since that July raid, nothing changed.', anchor)).toEqual([['July', '2025-07-01', 'month', null]]);
    expect(dates('They joined the March on the capitol and the March for Jobs.', anchor)).toEqual([]);
  });

  it('keeps a lone clock time without a day, and drops narrative relatives and docket numbers', () => {
    expect(dates('Shots were fired at 10:05 p.m. and two days later he died.', anchor)).toEqual([['10:05 p.m.', null, 'unknown', '22:05']]);
    expect(dates('Case No. 4:25-cr-00001 was sealed.', anchor)).toEqual([]);
  });

  it('without an anchor resolves only dates that state their year', () => {
    expect(dates('On March 4, 2024, and again last week.', null)).toEqual([
      ['March 4, 2024', '2024-03-04', 'day', null],
      ['last week', null, 'week', null],
    ]);
  });

  it('gives spans that index the text', () => {
    const text = 'Update, 11/02/25, 4:10 p.m. ET: the story was revised on Sunday.';
    for (const d of findDates(text, anchor)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('findDates: counted from the date before', () => {
  // 2025-11-03 is a Monday.
  const anchor = '2025-11-03';

  it('reads "two days later" and "the next day" from the day told just before', () => {
    expect(dates('On Monday an agent shot a man. Two days later, an officer shot a woman.', anchor)).toEqual([
      ['Monday', '2025-11-03', 'day', null],
      ['Two days later', '2025-11-05', 'day', null],
    ]);
    expect(dates('He was arrested on Oct. 20 and released the next day.', anchor)).toEqual([
      ['Oct. 20', '2025-10-20', 'day', null],
      ['next day', '2025-10-21', 'day', null],
    ]);
  });

  it('reads no date for a count of days ("two shootings in three days") or an offset with no day before it', () => {
    expect(dates('Two shootings in three days is not a coincidence.', anchor)).toEqual([]);
    expect(dates('Two days later he died.', anchor)).toEqual([]);
  });
});

describe('findDates: a year back, and a weekday given its date (stop 64)', () => {
  // 2026-02-17 is a Tuesday.
  it('reads "a year ago this week" as this week a year back', () => {
    expect(dates('He was shot and killed a year ago this week.', '2026-03-13')).toEqual([['a year ago this week', '2025-03-10', 'week', null]]);
    expect(dates('He was shot this week.', '2026-03-13')).toEqual([['this week', '2026-03-09', 'week', null]]);
  });

  it('reads a weekday alone as the day the text gave that weekday with its date, within the week before', () => {
    expect(dates("On Tuesday, Feb. 10, an officer shot him. DHS said the officer in Tuesday's shooting fired.", '2026-02-17')).toEqual([
      ['Tuesday, Feb. 10', '2026-02-10', 'day', null],
      ['Tuesday', '2026-02-10', 'day', null],
    ]);
    expect(dates('On Tuesday an officer shot him.', '2026-02-17')).toEqual([['Tuesday', '2026-02-17', 'day', null]]);
  });
});

describe('findDates: "a week ago today" (stop 71)', () => {
  it('reads one day, that many weeks before the anchor, over both words', () => {
    const found = findDates('It happened a week ago today, and two weeks ago today it was calm.', '2026-03-10');
    expect(found.map((d) => [d.text, d.date, d.precision])).toEqual([
      ['a week ago today', '2026-03-03', 'day'],
      ['two weeks ago today', '2026-02-24', 'day'],
    ]);
  });
});

describe('findDates: "a September arrest" (stop 71)', () => {
  it('reads a month after "a" as a noun\'s modifier', () => {
    expect(findDates('They disagreed about a September arrest in Tucson.', '2025-12-05').map((d) => [d.text, d.date, d.precision])).toEqual([['September', '2025-09-01', 'month']]);
  });
});
