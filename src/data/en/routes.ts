import type { Route, RoutesSlice } from '../types.js';
import professional from './routes/professional.json';
import frontDesk from './routes/front-desk.json';
import medical from './routes/medical.json';
import firstLine from './routes/first-line.json';

const slice: RoutesSlice = { routes: [professional, frontDesk, medical, firstLine] as unknown as Route[] };
export default slice;
