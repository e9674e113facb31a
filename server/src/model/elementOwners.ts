// The model object an element of the tree stands for. Only the one element is looked up (a scan of the model's
// lists, no index to keep up to date): a hover, or a keystroke's re-check of the element it edited.
import type { XmlElement } from '../parser/xmlTree';
import type { AuthorizationEntry, SecurityModel, User } from './types';

/** The authorization entry (regular, default or temporary) whose element this is. */
export function entryOfElement(model: Pick<SecurityModel, 'entries'>, element: XmlElement): AuthorizationEntry | undefined {
  return model.entries.find((e) => e.element === element);
}

/** The user (authenticationUser) whose element this is. */
export function userOfElement(model: Pick<SecurityModel, 'users'>, element: XmlElement): User | undefined {
  return model.users.find((u) => u.element === element);
}
