// Why a citizen is finding their case: to follow it (进度查询), to rate it (好差评) or to pay its fee (缴费).
export type CasePurpose = 'progress' | 'rate' | 'pay';
