import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: the role of the last attribution's speaker.
function lastRole(text: string): string | null {
  return analyseText(text, { anchorDate: '2026-02-06', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker?.role ?? null;
}

describe('namedAtScene (stop 58)', () => {
  const lede = 'ICE agents broke the window of a woman\'s car and pulled her out on Wednesday.\n\n';

  it('reads one the narration names as having recorded it as a witness, whatever their words say', () => {
    expect(lastRole(`${lede}Keisha Morrow lives on the first floor and recorded part of it on her phone.\n\n"They didn't care," Morrow said.`)).toBe('witness');
    expect(lastRole(`${lede}The video was filmed by a pharmacy technician on her break, Keisha Dunmore, 27. "They threw her down," Dunmore said.`)).toBe('witness');
    expect(lastRole(`${lede}Jasmine Tafoya, 41, was loading groceries into her car two rows over when it happened. "They never said who they were," Tafoya said.`)).toBe('witness');
  });

  it('reads no one as a witness whom the narration puts elsewhere, nor in a story with no force', () => {
    expect(lastRole(`${lede}Keisha Morrow lives on the first floor.\n\n"They didn't care," Morrow said.`)).toBe('other');
    expect(lastRole('The council met on Wednesday.\n\nKeisha Morrow recorded the whole thing on her phone. "It ran long," Morrow said.')).toBe('other');
  });
});

describe('namedAtScene: a clause that has the person see it (stop 59)', () => {
  it('reads "Jorge Medrano, the cashier who saw the shooting," as a witness, and no one the shooting happened to', () => {
    const text = 'TUCSON, Ariz. — The Border Patrol agent who shot Ramon Villaseñor testified Wednesday in the trial of Villaseñor.\n\nLater Wednesday, the defense called Jorge Medrano, the cashier who saw the shooting. Medrano, 51, told the jury that the agent "walked right in front of the car."';
    const said = analyseText(text, { anchorDate: '2026-03-04' }).attributions.filter((a) => a.speaker?.name === 'Jorge Medrano');
    expect(said.map((a) => a.speaker?.role)).toEqual(['witness']);
  });
});

describe('namedAtScene: a description set off before the name (stop 68)', () => {
  it('reads "The woman who recorded it, Dalia Fuentes, 58, said" as a witness', () => {
    const text = 'A Border Patrol agent shot Tomás Ibarra Reyes on Feb. 18. A video posted online shows the car moving in reverse.\n\nThe woman who recorded it, Dalia Fuentes, 58, said she was waiting at a bus stop across the street.';
    expect(lastRole(text)).toBe('witness');
  });

  it('reads "a man in a holding cell who saw it happen — Jorge Medina, 45," as a witness', () => {
    const text = 'Deputies used a Taser on Mateo Alvarado Ruiz at the jail on Jan. 14.\n\nThere was also a man in a holding cell who saw it happen — Jorge Medina, 45, of Flowery Branch, who was booked the same night. "He wasn\'t fighting anybody," Medina said in an interview.';
    expect(lastRole(text)).toBe('witness');
  });
});

