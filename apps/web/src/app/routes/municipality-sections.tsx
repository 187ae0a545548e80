// The sections of a municipality's page that other features add (see municipality.tsx),
// in a chunk of their own: the forms some of them hold for signed-in users (designating,
// rescinding a withdrawal) bring the form and validation libraries, which the page's heading
// and facts must not wait for (issue 16).
export { MunicipalityDesignatePrompt } from "@/features/accessions/components/municipality-designate-prompt";
export { MunicipalityActivities } from "@/features/activities/components/municipality-activities";
export { MunicipalityDesignations } from "@/features/designations/components/municipality-designations";
export { MunicipalityAccounts } from "@/features/users/components/municipality-accounts";
export { MunicipalityTimeline } from "@/features/withdrawals/components/municipality-timeline";
export { MunicipalityWithdrawalPanel } from "@/features/withdrawals/components/municipality-withdrawal-panel";
