// Template slugs, short, for the query sets' expectations.

export const ep = 'enterprise-petition-emergency-plan';
export const se = 'school-stability-emergency-plan';
export const iw = 'institution-stability-work-plan';
export const sw = 'school-stability-work-plan';
export const ss = 'school-safety-stability-work-plan';
export const dr = 'stability-duty-rules';
export const cs = 'community-stability-emergency-plan';
export const el = 'enterprise-labour-dispute-emergency-plan';
export const cd = 'community-duty-rules';
export const jd = 'joint-defence-emergency-plan';
export const tw = 'township-stability-emergency-plan';
export const pc = 'production-safety-comprehensive-plan';
export const fs = 'fire-special-emergency-plan';
export const os = 'onsite-response-plan';
export const sp = 'sensitive-period-security-work-plan';
export const op = 'online-public-opinion-response-plan';
export const ds = 'dispute-screening-resolution-work-plan';
export const ho = 'hospital-medical-order-emergency-plan';
export const fp = 'school-food-poisoning-emergency-plan';
export const sh = 'school-epidemic-emergency-plan';
export const kg = 'kindergarten-safety-emergency-plan';
export const tf = 'township-flood-typhoon-emergency-plan';
export const me = 'mass-event-safety-work-plan';
