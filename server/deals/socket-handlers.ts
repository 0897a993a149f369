// Socket.IO commands of deal rooms: join a deal's room (members who accepted its NDA) to receive
// its live events, and leave it. Failures are acknowledged with a code from the shared set.
import { z } from 'zod';
import { ErrorCode } from '../../shared/protocol.ts';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import { AppError } from '../http/index.ts';
import type { Logger } from '../logger.ts';
import { answer, type AppSocketServer } from '../realtime/index.ts';
import { dealRoom } from './deal-events.ts';
import type { DealGuard } from './deal-guard.ts';
import type { DealService } from './deal-service.ts';

const DealRoomPayloadSchema = z.object({ dealId: DealIdSchema });

function parsePayload(payload: unknown): string {
  const parsed = DealRoomPayloadSchema.safeParse(payload);
  if (!parsed.success) throw new AppError(ErrorCode.BadRequest, 'Send {dealId}');
  return parsed.data.dealId;
}

export function registerDealSocketHandlers(io: AppSocketServer, deals: DealService, guard: DealGuard, logger: Logger): void {
  io.on('connection', (socket) => {
    const user = socket.data.user;
    socket.on('deal:join', (payload, ack) =>
      answer(ack, logger, 'deal socket command failed', async () => {
        const dealId = parsePayload(payload);
        const { me: _me, can: _can, ...view } = await deals.get(user, dealId);
        await socket.join(dealRoom(dealId));
        // A removal or a new NDA version that landed between the check and the join took the
        // socket out of a room it was not yet in; checking again keeps it from staying in.
        try {
          await guard.member(user, dealId);
        } catch (error) {
          await socket.leave(dealRoom(dealId));
          throw error;
        }
        return view;
      }),
    );
    socket.on('deal:leave', (payload, ack) =>
      answer(ack, logger, 'deal socket command failed', async () => {
        const dealId = parsePayload(payload);
        await socket.leave(dealRoom(dealId));
        return { dealId };
      }),
    );
  });
}
