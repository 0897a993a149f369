// `dashboard:watch`: a socket joins its user's dashboard room, and admins also the admins' room
// (checked here, on the server), so live rows reach only those allowed to see them.
import type { Logger } from '../logger.ts';
import { answer, type AppSocketServer } from '../realtime/index.ts';
import type { AdminDirectory } from './admins.ts';
import { ADMIN_DASHBOARD_ROOM, dashboardRoom } from './dashboard-publisher.ts';

export function registerDashboardSocketHandlers(io: AppSocketServer, admins: AdminDirectory, logger: Logger): void {
  io.on('connection', (socket) => {
    const user = socket.data.user;
    socket.on('dashboard:watch', (ack) =>
      answer(ack, logger, 'joining the dashboard rooms failed', async () => {
        const admin = admins.isAdmin(user);
        await socket.join(admin ? [dashboardRoom(user.id), ADMIN_DASHBOARD_ROOM] : [dashboardRoom(user.id)]);
        return { scope: admin ? ('admin' as const) : ('manager' as const) };
      }),
    );
    socket.on('dashboard:unwatch', () => {
      // Leaving is best effort: a socket that fails to leave only receives rows it may already see.
      Promise.all([socket.leave(dashboardRoom(user.id)), socket.leave(ADMIN_DASHBOARD_ROOM)]).catch((error: unknown) => logger.warn({ err: error }, 'leaving the dashboard rooms failed'));
    });
  });
}
