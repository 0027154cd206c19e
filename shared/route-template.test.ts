import { describe, expect, it } from 'vitest';
import { routeTemplate } from './route-template';

describe('routeTemplate', () => {
  it.each([
    ['https://ehr.example.org/Patient/123/chart?mrn=42#top', 'https://ehr.example.org', '/Patient/:id/chart'],
    ['https://ehr.example.org/Patient/129c6ac7-8d06-89de-ad63-0204a93e76c3/notes', 'https://ehr.example.org', '/Patient/:id/notes'],
    ['http://127.0.0.1:8787/demo/index.html', 'http://127.0.0.1:8787', '/demo/index.html'],
    ['https://ehr.example.org/', 'https://ehr.example.org', '/'],
    ['https://ehr.example.org/patients/John-Smith/summary', 'https://ehr.example.org', '/patients/:id/summary'],
    ['https://ehr.example.org/search/jane%40mail.example', 'https://ehr.example.org', '/search/:id'],
    ['https://ehr.example.org/mrn/A12B34', 'https://ehr.example.org', '/mrn/:id'],
  ])('%s', (url, origin, route) => {
    expect(routeTemplate(url)).toEqual({ origin, route });
  });
});
