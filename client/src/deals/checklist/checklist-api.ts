// REST calls of the deal's request list; each change answers the list as I now see it.
import type { AddItemBody, ChecklistResponse, ChecklistView, EditItemBody, EditSectionBody } from '../../../../shared/schemas/checklist.ts';
import type { DealType } from '../../../../shared/schemas/deals.ts';
import type { ApiClient } from '../../lib/api-client.ts';

const base = (dealId: string) => `/deals/${encodeURIComponent(dealId)}/checklist`;
const list = (response: ChecklistResponse): ChecklistView | null => response.checklist;

export async function readChecklist(api: ApiClient, dealId: string): Promise<ChecklistView | null> {
  return list(await api.get<ChecklistResponse>(base(dealId)));
}

export async function startChecklist(api: ApiClient, dealId: string, template: DealType): Promise<ChecklistView | null> {
  return list(await api.post<ChecklistResponse>(base(dealId), { template }));
}

export async function addSection(api: ApiClient, dealId: string, title: string): Promise<ChecklistView | null> {
  return list(await api.post<ChecklistResponse>(`${base(dealId)}/sections`, { title }));
}

export async function editSection(api: ApiClient, dealId: string, sectionId: string, body: EditSectionBody): Promise<ChecklistView | null> {
  return list(await api.patch<ChecklistResponse>(`${base(dealId)}/sections/${encodeURIComponent(sectionId)}`, body));
}

export async function removeSection(api: ApiClient, dealId: string, sectionId: string): Promise<ChecklistView | null> {
  return list(await api.delete<ChecklistResponse>(`${base(dealId)}/sections/${encodeURIComponent(sectionId)}`));
}

export async function addItem(api: ApiClient, dealId: string, body: AddItemBody): Promise<ChecklistView | null> {
  return list(await api.post<ChecklistResponse>(`${base(dealId)}/items`, body));
}

export async function editItem(api: ApiClient, dealId: string, itemId: string, body: EditItemBody): Promise<ChecklistView | null> {
  return list(await api.patch<ChecklistResponse>(`${base(dealId)}/items/${encodeURIComponent(itemId)}`, body));
}

export async function removeItem(api: ApiClient, dealId: string, itemId: string): Promise<ChecklistView | null> {
  return list(await api.delete<ChecklistResponse>(`${base(dealId)}/items/${encodeURIComponent(itemId)}`));
}
