import type { Designation, DesignationActKind } from "@cni/contracts/designations";
import type { DesignationRole } from "@cni/domain/enums";

export type DesignationRow = {
  id: string;
  role: string;
  name: string;
  email: string;
  phone: string | null;
  position: string | null;
  from: string;
  to: string | null;
  actKind: string | null;
  actNumber: string | null;
  actDate: string | null;
  actAda: string | null;
  actDocumentId: string | null;
};

export function toDesignation(row: DesignationRow, hasAccount = false): Designation {
  return {
    id: row.id,
    role: row.role as DesignationRole,
    name: row.name,
    email: row.email,
    phone: row.phone,
    position: row.position,
    from: row.from,
    to: row.to,
    act:
      row.actKind && row.actNumber && row.actDate
        ? {
            kind: row.actKind as DesignationActKind,
            number: row.actNumber,
            date: row.actDate,
            diavgeiaAda: row.actAda,
            documentId: row.actDocumentId,
          }
        : null,
    hasAccount,
  };
}
