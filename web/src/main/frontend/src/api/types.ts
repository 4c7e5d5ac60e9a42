export interface Tenant {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface Me {
  displayName: string;
  username: string;
  /** null for the platform operator, who belongs to no municipality. */
  tenant: Tenant | null;
  roleLevels: string[];
  tenants: Tenant[];
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface Note {
  id: string;
  title: string;
  body: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface NoteInput {
  title: string;
  body: string;
}
