// Client settings (alfresco-global.properties and the like) checked against a broker config.
export { readClientFile, clientsConnectingAs, type ClientFile, type ClientConnectingAs } from './clientFile';
export { checkClientFile, checkClientText } from './checkClient';
export { ALFRESCO_PROFILE, CLIENT_PROFILES, profileForFile, type ClientProfile, type ClientFlow } from './profile';
