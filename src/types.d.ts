declare module "wink-eng-lite-web-model";
