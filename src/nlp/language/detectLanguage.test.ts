import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage.js';

describe('detectLanguage', () => {
  it('tells English, which is read, from Spanish, French and Portuguese, which are not', () => {
    expect(detectLanguage('An agent fired at the driver of a car on Tuesday, and the man was taken to a hospital, the agency said. His sister said he was not armed and that he had been driving away from the officers when they fired.')).toMatchObject({ code: 'en', analysed: true });
    expect(detectLanguage('Un agente disparó el sábado contra una mujer en el barrio, según el Departamento. La mujer fue trasladada a un hospital y su abogado dijo que ella nunca apuntó un arma contra nadie.')).toEqual({ code: 'es', name: 'Spanish', analysed: false });
    expect(detectLanguage('Un agent a tiré sur une femme samedi dans le quartier, selon le ministère. La femme a été transportée à un hôpital et son avocat a dit qu’elle ne menaçait personne avec une arme.')).toMatchObject({ code: 'fr', analysed: false });
    expect(detectLanguage('Um agente atirou em uma mulher no sábado, segundo o departamento. A mulher foi levada para um hospital e o seu advogado disse que ela não apontou uma arma para ninguém.')).toMatchObject({ code: 'pt', analysed: false });
  });

  it('reads function words whatever their case, short and long, ASCII or not', () => {
    const english = 'An agent fired at the driver of a car on Tuesday, and the man was taken to a hospital, the agency said. His sister said he was not armed and that he had been driving away from the officers when they fired.';
    expect(detectLanguage(english.toUpperCase())).toMatchObject({ code: 'en', analysed: true });
    const french = 'Un agent a tiré sur une femme samedi dans le quartier, selon le ministère. La femme a été transportée à un hôpital et son avocat a dit qu’elle ne menaçait personne avec une arme.';
    expect(detectLanguage(french.toUpperCase())).toMatchObject({ code: 'fr', analysed: false });
    // A letter that lower-cases to an ASCII one (the Kelvin sign to "k") still spells the word it lower-cases to.
    expect(detectLanguage('\u212Aein und der die das ist nicht mit für über von zu den '.repeat(3))).toMatchObject({ code: 'de', analysed: false });
  });

  it('does not tell a text too short to tell, and reads it as analysed', () => {
    expect(detectLanguage('Agente de ICE dispara')).toEqual({ code: null, name: null, analysed: true });
    expect(detectLanguage('')).toEqual({ code: null, name: null, analysed: true });
  });
});
