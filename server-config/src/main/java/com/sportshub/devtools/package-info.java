/**
 * Development tools that never ship in the application archives: the minter of development tokens
 * signed with the key pair in server-config/dev-keys.
 */
package com.sportshub.devtools;
