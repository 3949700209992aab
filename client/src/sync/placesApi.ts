import { AdminAuditEntry, Area, AreaList, Binding, BindingList, Grid, type AreaRequest, type GridRequest, type NewBinding } from '@anxun/shared-schema';
import { z } from 'zod';
import { save } from './administrationApi';
import type { ApiClient } from './apiClient';
import { api } from './services';

export const NamedAuditList = z.object({ entries: z.array(AdminAuditEntry.extend({ actorName: z.string() })) });
export type NamedAuditList = z.infer<typeof NamedAuditList>;
export type AuditFilters = Partial<Record<'actor' | 'action' | 'targetKind' | 'from' | 'to', string>>;

const queryOf = (filters: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * 系统管理员's areas, grids, bindings and audit log. Online only: the server judges every write
 * against what it stores; grids then replicate to the devices like any grid.
 */
export function createPlacesApi(client: ApiClient) {
  const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body) });
  return {
    areas: () => client.call('/api/admin/areas', { method: 'GET' }, (b) => AreaList.parse(b).areas),
    createArea: (area: AreaRequest) => client.call('/api/admin/areas', json('POST', area), (b) => Area.parse(b)),
    renameArea: (code: string, name: string) => client.call(`/api/admin/areas/${encodeURIComponent(code)}`, json('PUT', { name }), (b) => Area.parse(b)),
    saveGrid: (id: string | null, grid: GridRequest) =>
      client.call(id ? `/api/admin/grids/${encodeURIComponent(id)}` : '/api/admin/grids', json(id ? 'PUT' : 'POST', grid), (b) => Grid.parse(b)),
    bindings: (target: { gridId?: string; enterpriseId?: string; userId?: string }) =>
      client.call(`/api/admin/bindings${queryOf(target)}`, { method: 'GET' }, (b) => BindingList.parse(b).bindings),
    bind: (binding: NewBinding) => client.call('/api/admin/bindings', json('POST', binding), (b) => Binding.parse(b)),
    endBinding: (id: string, endsOn: string) => client.call(`/api/admin/bindings/${encodeURIComponent(id)}/end`, json('POST', { endsOn }), (b) => Binding.parse(b)),
    audit: (filters: AuditFilters) => client.call(`/api/admin/audit${queryOf({ ...filters, limit: '1000' })}`, { method: 'GET' }, (b) => NamedAuditList.parse(b).entries),
    async downloadAuditCsv(filters: AuditFilters): Promise<void> {
      save(await client.download(`/api/admin/audit${queryOf({ ...filters, limit: '5000', format: 'csv' })}`), '操作日志.csv');
    },
  };
}
export type PlacesApi = ReturnType<typeof createPlacesApi>;

export const placesApi: PlacesApi = createPlacesApi(api);
