// Scale-out feature: several instances behind a load balancer, sharing documents and events over Redis.
export { connectScaleOut, type ScaleOut, type ScaleOutOptions } from './scale-out.ts';
