// Notes feature: personal scratch documents (`note:<id>`), their owners and sharing.
export { noteAccessResolver } from './note-access.ts';
export { NoteRepository, NOTE_INDEXES } from './note-repository.ts';
export { NoteService } from './note-service.ts';
export { noteRoutes } from './routes.ts';
