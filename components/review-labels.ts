import type { Component } from '../lib/apology/types';
import type { Channel, FollowUpKind, Outcome, PromiseState, Relationship, RepairStatus } from '../lib/repairs/schemas';
import type { Translate } from './translate';

/** The review page's words for the domain's values, one lookup each (keys in _locales, prefix options_). */
export const statusLabel = (t: Translate, status: RepairStatus) => t(`options_status_${status.replace('-', '_')}`);
export const channelLabel = (t: Translate, channel: Channel) => t(`options_channel_${channel.replace('-', '_')}`);
export const relationshipLabel = (t: Translate, relationship: Relationship) => t(`options_relationship_${relationship}`);
export const followUpKindLabel = (t: Translate, kind: FollowUpKind) => t(`options_kind_${kind.replace('-', '_')}`);
export const outcomeLabel = (t: Translate, outcome: Outcome) => t(`options_outcome_${outcome.replace('-', '_')}`);
export const promiseStateLabel = (t: Translate, state: PromiseState) => t(`options_promise_${state.replace('-', '_')}`);
export const componentLabel = (t: Translate, component: Component) => t(`options_component_${component}`);
